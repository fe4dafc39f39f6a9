// The inspector's rows: scorm-again's flattened cmi still holds nested lists (interactions,
// objectives, comments) as objects, so they are expanded here into one dotted key per field.

/** [key, value] pairs for every non-empty leaf, in the order the LMS holds them. */
export function cmiRows(flat) {
  const rows = [];
  const visit = (key, value) => {
    if (key.endsWith('._children') || key.endsWith('._count')) return;
    if (value !== null && typeof value === 'object') {
      for (const [child, inner] of Object.entries(value)) visit(`${key}.${child}`, inner);
    } else if (value !== '' && value !== undefined && value !== null) {
      rows.push([key, String(value)]);
    }
  };
  for (const [key, value] of Object.entries(flat)) visit(key, value);
  return rows;
}
