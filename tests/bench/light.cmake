# Light-client verification costs (see bench_light.cpp).
plinth_add_benchmark(bench_light SOURCES bench_light.cpp LIBS plinth_core)
