# JSON-RPC over Boost.Beast (ARCHITECTURE.md "rpc/"). Public: RpcTypes, EndpointConfig, NetworkThread,
# RequestHandle, EndpointPool, LogFetcher, WsSubscription, RpcSync and the policy classes (Backoff,
# TokenBucket, EndpointHealth, RetryAfter, JsonRpcCodec). Internal: PoolCore, HttpTransport,
# HttpConnection, TlsContext, WsSession.
list(APPEND module_sources
  rpc/RpcTypes.h
  rpc/EndpointConfig.h rpc/EndpointConfig.cpp
  rpc/NetworkThread.h rpc/NetworkThread.cpp
  rpc/RequestHandle.h
  rpc/Backoff.h rpc/Backoff.cpp
  rpc/TokenBucket.h rpc/TokenBucket.cpp
  rpc/EndpointHealth.h rpc/EndpointHealth.cpp
  rpc/RetryAfter.h rpc/RetryAfter.cpp
  rpc/JsonRpcCodec.h rpc/JsonRpcCodec.cpp
  rpc/TlsContext.h rpc/TlsContext.cpp
  rpc/HttpConnection.h rpc/HttpConnection.cpp
  rpc/HttpTransport.h rpc/HttpTransport.cpp
  rpc/PoolCore.h rpc/PoolCore.cpp
  rpc/EndpointPool.h rpc/EndpointPool.cpp
  rpc/LogFetcher.h rpc/LogFetcher.cpp
  rpc/WsSession.h rpc/WsSession.cpp
  rpc/WsSubscription.h rpc/WsSubscription.cpp
  rpc/RpcSync.h rpc/RpcSync.cpp
)
# GCC 12 reports a -Wnull-dereference false positive inside Asio's executor comparison
# (boost/asio/io_context.hpp) once inlined; it is not in our code, so silence it for Asio users only.
set_source_files_properties(
  rpc/EndpointConfig.cpp rpc/NetworkThread.cpp rpc/TlsContext.cpp rpc/HttpConnection.cpp rpc/HttpTransport.cpp
  rpc/PoolCore.cpp rpc/EndpointPool.cpp rpc/LogFetcher.cpp rpc/WsSession.cpp rpc/WsSubscription.cpp rpc/RpcSync.cpp
  PROPERTIES COMPILE_OPTIONS -Wno-null-dereference)
