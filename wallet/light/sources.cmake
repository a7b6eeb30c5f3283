# The light client (ARCHITECTURE.md "light/"), and the eth/ types it verifies (headers, receipts, logs,
# blooms), listed here so they build before the lead moves them to eth/sources.cmake. Paths are relative
# to wallet/. Public: eth/BlockHeader, eth/Receipt, eth/Log, eth/Bloom, LogFilter, OrderedTrie,
# MerkleProof, HeaderChain, HeadAgreement, ReceiptVerifier, TransactionsRoot. Internal: RpcFields,
# TrieEncoding.
list(APPEND module_sources
  eth/Bloom.h eth/Bloom.cpp
  eth/Log.h eth/Log.cpp
  eth/Receipt.h eth/Receipt.cpp
  eth/BlockHeader.h eth/BlockHeader.cpp
  light/RpcFields.h light/RpcFields.cpp
  light/TrieEncoding.h light/TrieEncoding.cpp
  light/LogFilter.h light/LogFilter.cpp
  light/OrderedTrie.h light/OrderedTrie.cpp
  light/MerkleProof.h light/MerkleProof.cpp
  light/HeaderChain.h light/HeaderChain.cpp
  light/HeadAgreement.h light/HeadAgreement.cpp
  light/ReceiptVerifier.h light/ReceiptVerifier.cpp
  light/TransactionsRoot.h light/TransactionsRoot.cpp
)
