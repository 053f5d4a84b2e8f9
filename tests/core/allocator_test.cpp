// Built only when CMake found mimalloc: it must then serve every allocation
// of the process, not only those of code that calls it by name. A link
// order that let libc's malloc win would pass every other test unseen and
// lose the speed it was added for.
#include <mimalloc.h>

#include <cstdlib>
#include <memory>
#include <string>

#include <doctest/doctest.h>

TEST_CASE("allocator: malloc, new and the standard library are served by mimalloc") {
  void* raw = std::malloc(24);
  REQUIRE(raw != nullptr);
  CHECK(mi_is_in_heap_region(raw));
  std::free(raw);

  auto boxed = std::make_unique<long[]>(64);
  CHECK(mi_is_in_heap_region(boxed.get()));

  std::string text(200, 'x');  // beyond the short-string buffer: on the heap
  CHECK(mi_is_in_heap_region(text.data()));

  // And something libc's own stack would not: memory the allocator does not own.
  int on_stack = 0;
  CHECK_FALSE(mi_is_in_heap_region(&on_stack));
}
