// CICU: the few ICU calls CodeFind needs, behind plain C types only.
//
// Foundation on Linux carries its own ICU as a Clang module; a Swift module that sees both it and
// the system ICU headers fails to compile. This header therefore exposes only <stdint.h> types, and
// the ICU headers are included in the .c files alone.
//
// All text is UTF-16 (`uint16_t` code units) with explicit lengths; offsets are UTF-16 offsets.
// Every function is safe to call from any thread at the same time.
#ifndef CICU_H
#define CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Applies Unicode NFKC case folding (NFKC_Casefold) to UTF-16 text.
///
/// Writes at most `capacity` code units to `destination` and returns the length of the folded text,
/// which may exceed `capacity` (call again with a larger buffer). Returns -1 when ICU reports an
/// error other than a short buffer.
int32_t cicu_nfkc_casefold(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity);

/// Transliterates Latin letters to ASCII: removes combining diacritics (`é` → `e`, `ñ` → `n`) and
/// replaces the Latin letters that have no decomposition (`æ` → `ae`, `ø` → `o`, `ł` → `l`,
/// `đ`/`ð` → `d`, `þ` → `th`, `ß` → `ss`, `ı` → `i`, `ħ` → `h`, `ŧ` → `t`) and typographic
/// apostrophes (`’` → `'`). Text in other scripts is returned unchanged (in NFC).
///
/// This is NFD, then dropping the marks of the combining-diacritics blocks, then a small letter
/// table, then NFC: it uses only the shared, thread-safe normalizer instances, where ICU's
/// "Latin-ASCII" transliterator would cost a compile of its rules per thread, a clone per
/// concurrent caller, and several times the time per call for the same result on Latin text.
///
/// Writes at most `capacity` code units to `destination` and returns the length of the result,
/// which may exceed `capacity` (call again with a larger buffer). Returns -1 when ICU reports an
/// error other than a short buffer, or memory runs out.
int32_t cicu_latin_ascii(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity);

/// Finds the words of UTF-16 text with ICU's word break iterator (Unicode UAX #29 word boundaries).
///
/// Writes one `[start, end)` pair of UTF-16 offsets per word-like segment (letters, numbers, kana,
/// ideographs; never whitespace, punctuation or emoji) to `ranges`, which holds `capacity` pairs,
/// that is `2 * capacity` integers. Returns the number of segments, which may exceed `capacity`
/// (only the first `capacity` are written); a text of `length` code units has at most `length`.
/// Returns -1 when ICU reports an error.
int32_t cicu_word_segments(const uint16_t *text, int32_t length, int32_t *ranges, int32_t capacity);

/// Finds the sentence boundaries of UTF-16 text with ICU's sentence break iterator (English rules).
///
/// Writes the boundary offsets, starting with 0 and ending with `length`, to `boundaries`, which
/// holds `capacity` integers. Returns the number of boundaries, which may exceed `capacity` (only
/// the first `capacity` are written); a text of `length` code units has at most `length + 1`.
/// Returns -1 when ICU reports an error.
int32_t cicu_sentence_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity);

#ifdef __cplusplus
}
#endif

#endif
