export function App() {
  return (
    <main>
      <h1>STS Console</h1>
    </main>
  );
}
