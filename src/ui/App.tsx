export function App() {
  return (
    <main>
      <h1>Firedrill</h1>
    </main>
  );
}
