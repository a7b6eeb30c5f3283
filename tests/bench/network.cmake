# Earnings queries over 100,000 rewards (see bench_earnings.cpp).
plinth_add_benchmark(bench_earnings SOURCES bench_earnings.cpp LIBS plinth_core)
