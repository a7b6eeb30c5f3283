plinth_add_benchmark(bench_eth SOURCES bench_eth.cpp LIBS plinth_core PkgConfig::SECP256K1)
