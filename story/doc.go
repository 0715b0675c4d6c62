// Package story is Chronicle's cross-story work: it links each new article to
// what is already stored, as articles arrive and without recomputing the
// whole collection.
//
//   - Copies: a MinHash signature over word shingles finds near-duplicates
//     through locality-sensitive hashing (LSH) bands; a syndicated wire story
//     republished with small edits becomes a copy of the first appearance, so
//     it is one source with many appearances, not independent corroboration.
//   - Merged events: each event of the article is compared with the stored
//     merged events of the same type whose actors, place or day agree (a few
//     days apart at most), and with the wording of their first report; it
//     joins the best one or founds a new one.
//   - Figures: every number a source gives for an event (its claims, its
//     fatality and injury counts) is kept with the document, publisher and
//     speaker that gave it; conflicting figures are listed, never averaged.
//   - Revisions: when an article changes at the same id or URL, the
//     difference in its extracted records is kept as readable lines.
//
// The package is pure: a Linker decides from a document and the candidates an
// Index (the store) returns, and hands the decision back to the Index to save.
package story
