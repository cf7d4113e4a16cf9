/*
 * Slugs in the admin are folded as on the server (core/text.py, folded_slug): “Đại hội” → dai-hoi.
 *
 * Wagtail's slug controller (w-slug) transliterates with a table that knows no Vietnamese, so it
 * drops most letters (“Kiểm thử” → kim-th). It reads the title from the w-sync:check and
 * w-sync:apply events that the title field sends to the slug field; listening before it (in the
 * capture phase) we hand it the folded slug of the title instead, which it keeps as it is, and its
 * check that the editor has not changed the slug compares like with like. A slug typed by hand is
 * folded when the field loses focus, before Wagtail's own clean-up, unless it is already an ASCII
 * slug (then it is the editor's choice).
 */
(() => {
  "use strict";

  const titleSlugLength = Number(document.currentScript?.dataset.titleSlugLength) || 80;
  const ASCII_SLUG = /^[-a-zA-Z0-9_]+$/;
  // Python's \s on ASCII text also matches the separators \x1c-\x1f.
  const NOT_SLUG_CHARACTER = /[^A-Za-z0-9_\s\x1c-\x1f-]/g;
  const SEPARATORS = /[-\s\x1c-\x1f]+/g;

  /** folded_slug of core/text.py: đ → d, marks dropped, Django's slugify, cut at a word. */
  function foldedSlug(text, maxLength) {
    const ascii = (text || "")
      .replace(/đ/g, "d")
      .replace(/Đ/g, "D")
      .normalize("NFKD")
      .replace(/[^\x00-\x7f]/g, "");
    let slug = ascii
      .toLowerCase()
      .replace(NOT_SLUG_CHARACTER, "")
      .replace(SEPARATORS, "-")
      .replace(/^[-_]+|[-_]+$/g, "");
    if (maxLength && slug.length > maxLength) {
      const head = slug.slice(0, maxLength + 1);
      slug = slug.slice(0, maxLength).includes("-")
        ? head.slice(0, head.lastIndexOf("-"))
        : slug.slice(0, maxLength);
    }
    return slug.replace(/^-+|-+$/g, "");
  }

  const isSlugField = (element) =>
    element instanceof HTMLInputElement && element.matches('[data-controller~="w-slug"]');

  for (const name of ["w-sync:check", "w-sync:apply"]) {
    document.addEventListener(
      name,
      (event) => {
        if (isSlugField(event.target) && typeof event.detail?.value === "string") {
          event.detail.value = foldedSlug(event.detail.value, titleSlugLength);
        }
      },
      true,
    );
  }

  document.addEventListener(
    "blur",
    (event) => {
      const field = event.target;
      if (!isSlugField(field)) return;
      const value = field.value.trim();
      if (!value || ASCII_SLUG.test(value)) return;
      field.value = foldedSlug(value, field.maxLength > 0 ? field.maxLength : undefined) || field.value;
    },
    true,
  );
})();
