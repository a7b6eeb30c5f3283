list(APPEND module_sources
  network/NetworkProfile.h network/NetworkProfile.cpp
)
# Staking and governance (issue 6): stakes, proposals, votes, action decoding, call encoders.
list(APPEND module_sources
  network/CallEncoders.h network/CallEncoders.cpp
  network/TimedLogs.h network/TimedLogs.cpp
  network/GovernanceEvents.h network/GovernanceEvents.cpp
  network/ProposalState.h network/ProposalState.cpp
  network/VotingPower.h network/VotingPower.cpp
  network/ProposalBook.h network/ProposalBook.cpp
  network/VoteImpact.h network/VoteImpact.cpp
  network/StakeBook.h network/StakeBook.cpp
  network/ActionDecoder.h network/ActionDecoder.cpp
  network/GovernanceLoader.h network/GovernanceLoader.cpp
)
