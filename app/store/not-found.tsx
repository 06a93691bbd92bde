export default function StoreNotFound() {
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold">未找到该页面</h1>
      <p>该商品或商家不存在，或已下架。</p>
      <a href="/store" className="underline">
        返回全部商品
      </a>
    </div>
  );
}
