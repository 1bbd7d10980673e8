#include "CICU.h"

#include <stdlib.h>

#include <unicode/unorm2.h>
#include <unicode/utf16.h>
#include <unicode/utypes.h>

// The normalizer instances ICU hands out are process-wide singletons, immutable and thread-safe.

int32_t cicu_nfkc_casefold(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *normalizer = unorm2_getNFKCCasefoldInstance(&status);
  if (U_FAILURE(status)) return -1;
  int32_t written = unorm2_normalize(normalizer, (const UChar *)source, length, (UChar *)destination, capacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) return written;
  if (U_FAILURE(status)) return -1;
  return written;
}

/// Whether `c` is in one of the combining-diacritics blocks (accents, cedillas, tildes …).
static int is_combining_diacritic(UChar32 c) {
  return (c >= 0x0300 && c <= 0x036F) || (c >= 0x1AB0 && c <= 0x1AFF) || (c >= 0x1DC0 && c <= 0x1DFF) ||
         (c >= 0x20D0 && c <= 0x20FF) || (c >= 0xFE20 && c <= 0xFE2F);
}

/// The ASCII spelling of a Latin letter without a decomposition, or NULL.
static const char *latin_letter_ascii(UChar32 c) {
  switch (c) {
    case 0x00C6: return "AE";
    case 0x00E6: return "ae";
    case 0x0152: return "OE";
    case 0x0153: return "oe";
    case 0x00D8: return "O";
    case 0x00F8: return "o";
    case 0x0141: return "L";
    case 0x0142: return "l";
    case 0x0110: case 0x00D0: return "D";
    case 0x0111: case 0x00F0: return "d";
    case 0x00DE: return "TH";
    case 0x00FE: return "th";
    case 0x00DF: return "ss";
    case 0x1E9E: return "SS";
    case 0x0131: return "i";
    case 0x0126: return "H";
    case 0x0127: return "h";
    case 0x0166: return "T";
    case 0x0167: return "t";
    case 0x017F: return "s";
    case 0x2018: case 0x2019: case 0x02BC: return "'";
    default: return NULL;
  }
}

/// Normalizes `source` with `normalizer` into `*buffer` (of `stackCapacity` units), allocating a
/// larger buffer when needed. Returns the length, or -1; on success `*allocated` says whether
/// `*buffer` must be freed.
static int32_t normalize_into(const UNormalizer2 *normalizer, const UChar *source, int32_t length, UChar **buffer,
                              int32_t stackCapacity, int *allocated) {
  UErrorCode status = U_ZERO_ERROR;
  *allocated = 0;
  int32_t needed = unorm2_normalize(normalizer, source, length, *buffer, stackCapacity, &status);
  if (status == U_BUFFER_OVERFLOW_ERROR) {
    UChar *heap = malloc(sizeof(UChar) * (size_t)needed);
    if (heap == NULL) return -1;
    status = U_ZERO_ERROR;
    needed = unorm2_normalize(normalizer, source, length, heap, needed, &status);
    if (U_FAILURE(status)) {
      free(heap);
      return -1;
    }
    *buffer = heap;
    *allocated = 1;
    return needed;
  }
  if (U_FAILURE(status)) return -1;
  return needed;
}

int32_t cicu_latin_ascii(const uint16_t *source, int32_t length, uint16_t *destination, int32_t capacity) {
  UErrorCode status = U_ZERO_ERROR;
  const UNormalizer2 *nfd = unorm2_getNFDInstance(&status);
  const UNormalizer2 *nfc = unorm2_getNFCInstance(&status);
  if (U_FAILURE(status) || length < 0 || length > INT32_MAX / 8) return -1;

  UChar decomposedStack[256];
  UChar *decomposed = decomposedStack;
  int decomposedAllocated = 0;
  int32_t decomposedLength =
    normalize_into(nfd, (const UChar *)source, length, &decomposed, 256, &decomposedAllocated);
  if (decomposedLength < 0) return -1;

  // Each code point becomes at most two code units ("ae", "th"), or stays as it is.
  UChar strippedStack[512];
  UChar *stripped = strippedStack;
  int32_t strippedCapacity = decomposedLength * 2;
  if (strippedCapacity > 512) {
    stripped = malloc(sizeof(UChar) * (size_t)strippedCapacity);
    if (stripped == NULL) {
      if (decomposedAllocated) free(decomposed);
      return -1;
    }
  }
  int32_t strippedLength = 0;
  for (int32_t index = 0; index < decomposedLength;) {
    int32_t start = index;
    UChar32 c;
    U16_NEXT(decomposed, index, decomposedLength, c);
    if (is_combining_diacritic(c)) continue;
    const char *replacement = latin_letter_ascii(c);
    if (replacement != NULL) {
      for (const char *letter = replacement; *letter != '\0'; letter++) stripped[strippedLength++] = (UChar)*letter;
    } else {
      for (int32_t unit = start; unit < index; unit++) stripped[strippedLength++] = decomposed[unit];
    }
  }
  if (decomposedAllocated) free(decomposed);

  int32_t written = unorm2_normalize(nfc, stripped, strippedLength, (UChar *)destination, capacity, &status);
  if (stripped != strippedStack) free(stripped);
  if (status == U_BUFFER_OVERFLOW_ERROR) return written;
  if (U_FAILURE(status)) return -1;
  return written;
}
