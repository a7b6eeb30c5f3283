list(APPEND module_sources
  network/NetworkProfile.h network/NetworkProfile.cpp
  network/ReferenceEvents.h network/ReferenceEvents.cpp
  network/NetworkEvents.h network/NetworkEvents.cpp
  network/EarningsIndex.h network/EarningsIndex.cpp
  network/EarningsSnapshot.h network/EarningsSnapshot.cpp
  network/EarningsQuery.h network/EarningsQuery.cpp
  network/DeviceDirectory.h network/DeviceDirectory.cpp
  network/PayoutLedger.h network/PayoutLedger.cpp
  network/ProvenSlots.h network/ProvenSlots.cpp
  network/EarningsCsv.h network/EarningsCsv.cpp
  network/LocalResources.h network/LocalResources.cpp
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
  network/ParameterValues.h network/ParameterValues.cpp
  network/GovernanceLoader.h network/GovernanceLoader.cpp
  network/GovernancePreflight.h network/GovernancePreflight.cpp
  network/ProposalTemplates.h network/ProposalTemplates.cpp
  network/ActionSequence.h network/ActionSequence.cpp
)
# Every transaction (issue 6): why a call to the reference contracts reverted.
list(APPEND module_sources
  network/RevertDecoder.h network/RevertDecoder.cpp
)
