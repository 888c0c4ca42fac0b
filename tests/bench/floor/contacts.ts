// The bench's floor for opening Contacts cold: the least a page from the same origin can do to
// show a contact from the same database — open it, read every contact in one request, and put
// the first name on screen (no sorting, grouping or framework). Built only into the bench's
// build (see vite.config.ts).
const request = indexedDB.open('meishi');
request.onsuccess = () => {
  const read = request.result.transaction('contacts').objectStore('contacts').getAll();
  read.onsuccess = () => {
    const first = (read.result as { card: { name: string } }[])[0];
    const row = document.createElement('li');
    row.className = 'contact-row';
    row.textContent = first?.card.name ?? '';
    document.getElementById('list')!.append(row);
  };
};
