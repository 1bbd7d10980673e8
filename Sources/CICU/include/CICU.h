// CICU: the few ICU calls CodeFind needs, behind plain C types only.
//
// Foundation on Linux carries its own ICU as a Clang module; a Swift module that sees both it and
// the system ICU headers fails to compile. This header therefore exposes only <stdint.h> types, and
// the ICU headers are included in the .c files alone.
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

#ifdef __cplusplus
}
#endif

#endif
