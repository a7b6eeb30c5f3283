plinth_add_benchmark(bench_crypto SOURCES bench_crypto.cpp LIBS plinth_core)
