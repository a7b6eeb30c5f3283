plinth_add_benchmark(bench_codec SOURCES bench_codec.cpp LIBS plinth_core)
