// A frame on another origin between the LMS page and the course: the course's API discovery
// must skip it without throwing.
const inner = document.getElementById('inner');
inner.src = new URLSearchParams(location.search).get('src');
