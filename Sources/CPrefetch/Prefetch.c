// CPrefetch is header-only (CPrefetch.h): a package target needs a source file.
#include "CPrefetch.h"
