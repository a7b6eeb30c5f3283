# The vault: unlock at the real KDF cost (what a user waits for), and signing with a derived key.
plinth_add_benchmark(bench_vault SOURCES bench_vault.cpp LIBS plinth_core)
