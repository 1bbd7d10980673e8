#include "CICU.h"

#include <pthread.h>

#include <unicode/ubrk.h>
#include <unicode/utypes.h>

// A UBreakIterator is not thread-safe, and opening one compiles nothing but still costs tens of
// microseconds. Each kind is opened once per process as a prototype; every thread clones the
// prototype on first use and keeps its clone in thread-local storage, closed when the thread ends.

typedef struct {
  UBreakIteratorType type;
  pthread_once_t once;
  pthread_key_t key;
  UBreakIterator *prototype;
} BreakKind;

static BreakKind words = {UBRK_WORD, PTHREAD_ONCE_INIT, 0, NULL};
static BreakKind sentences = {UBRK_SENTENCE, PTHREAD_ONCE_INIT, 0, NULL};

static void close_iterator(void *iterator) { ubrk_close((UBreakIterator *)iterator); }

static void open_template(BreakKind *kind) {
  UErrorCode status = U_ZERO_ERROR;
  UBreakIterator *iterator = ubrk_open(kind->type, "en", NULL, 0, &status);
  if (U_FAILURE(status)) return;
  if (pthread_key_create(&kind->key, close_iterator) != 0) {
    ubrk_close(iterator);
    return;
  }
  kind->prototype = iterator;
}

static void open_words(void) { open_template(&words); }
static void open_sentences(void) { open_template(&sentences); }

/// This thread's iterator of `kind`, set to `text`, or NULL when ICU cannot provide one.
static UBreakIterator *thread_iterator(BreakKind *kind, void (*open)(void), const uint16_t *text, int32_t length) {
  if (pthread_once(&kind->once, open) != 0 || kind->prototype == NULL) return NULL;
  UBreakIterator *iterator = pthread_getspecific(kind->key);
  UErrorCode status = U_ZERO_ERROR;
  if (iterator == NULL) {
    iterator = ubrk_clone(kind->prototype, &status);
    if (U_FAILURE(status)) return NULL;
    if (pthread_setspecific(kind->key, iterator) != 0) {
      ubrk_close(iterator);
      return NULL;
    }
  }
  ubrk_setText(iterator, (const UChar *)text, length, &status);
  return U_FAILURE(status) ? NULL : iterator;
}

/// Points `iterator` at empty text, so that it keeps no pointer into the caller's buffer.
static void release_text(UBreakIterator *iterator) {
  static const UChar empty[1] = {0};
  UErrorCode status = U_ZERO_ERROR;
  ubrk_setText(iterator, empty, 0, &status);
}

int32_t cicu_word_segments(const uint16_t *text, int32_t length, int32_t *ranges, int32_t capacity) {
  if (length < 0) return -1;
  UBreakIterator *iterator = thread_iterator(&words, open_words, text, length);
  if (iterator == NULL) return -1;
  int32_t count = 0;
  int32_t start = ubrk_first(iterator);
  for (int32_t end = ubrk_next(iterator); end != UBRK_DONE; start = end, end = ubrk_next(iterator)) {
    if (ubrk_getRuleStatus(iterator) < UBRK_WORD_NONE_LIMIT) continue;
    if (count < capacity) {
      ranges[2 * count] = start;
      ranges[2 * count + 1] = end;
    }
    count++;
  }
  release_text(iterator);
  return count;
}

int32_t cicu_sentence_boundaries(const uint16_t *text, int32_t length, int32_t *boundaries, int32_t capacity) {
  if (length < 0) return -1;
  UBreakIterator *iterator = thread_iterator(&sentences, open_sentences, text, length);
  if (iterator == NULL) return -1;
  int32_t count = 0;
  for (int32_t boundary = ubrk_first(iterator); boundary != UBRK_DONE; boundary = ubrk_next(iterator)) {
    if (count < capacity) boundaries[count] = boundary;
    count++;
  }
  release_text(iterator);
  return count;
}
