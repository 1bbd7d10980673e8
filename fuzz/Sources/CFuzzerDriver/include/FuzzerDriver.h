// libFuzzer's driver, called from the harness's own main so that SwiftPM's entry point (the
// executable's main.swift) and libFuzzer's command line both work.
#ifndef CODEFIND_FUZZER_DRIVER_H
#define CODEFIND_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer with the given command line and test callback; returns its exit status.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
