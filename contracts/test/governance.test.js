'use strict';
const { describe, it, before, after } = require('node:test');
const assert = require('node:assert/strict');
const { startNetwork, expectRevert, eventsOf, isolate, ethers, net } = require('./helpers');

const DAY = 86400;
const State = { Pending: 0n, Active: 1n, Canceled: 2n, Defeated: 3n, Succeeded: 4n, Queued: 5n, Expired: 6n, Executed: 7n };
const AGAINST = 0, FOR = 1, ABSTAIN = 2;

describe('Governance (PlinthGovernor + PlinthTimelock)', () => {
  let env;
  before(async () => {
    env = await startNetwork();
    for (const role of ['user', 'alice', 'bob', 'carol', 'dave']) {
      await (await env.as(role).token.delegate(env.accounts[role].address)).wait();
    }
    await env.increaseTime(10);
  });
  after(async () => env && env.stop());
  isolate(() => env);

  const addr = (role) => env.accounts[role].address;

  function proposal(actions, description) {
    const targets = actions.map((a) => a[0].target);
    const values = actions.map(() => 0n);
    const calldatas = actions.map(([c, m, args]) => c.interface.encodeFunctionData(m, args));
    const descriptionHash = ethers.id(description);
    return { targets, values, calldatas, description, descriptionHash };
  }

  async function propose(role, p) {
    const r = await (await env.as(role).governor.propose(p.targets, p.values, p.calldatas, p.description)).wait();
    const [ev] = eventsOf(r, env.c.governor, 'ProposalCreated');
    return ev.args.proposalId;
  }

  it('is configured as documented', async () => {
    const g = env.c.governor;
    assert.equal(await g.name(), 'Plinth DAO');
    assert.equal(await g.votingDelay(), BigInt(net.PARAMS.votingDelay));
    assert.equal(await g.votingPeriod(), BigInt(net.PARAMS.votingPeriod));
    assert.equal(await g.proposalThreshold(), net.PARAMS.proposalThreshold);
    assert.equal(await g.CLOCK_MODE(), 'mode=timestamp');
    assert.equal(await g.token(), env.addresses.token);
    assert.equal(await g.timelock(), env.addresses.timelock);
    assert.equal(await g.COUNTING_MODE(), 'support=bravo&quorum=for,abstain');
    assert.equal(await g.quorumNumerator(), BigInt(net.PARAMS.quorumPercent));
    const t = BigInt((await env.now()) - 1);
    assert.equal(await g.quorum(t), ((await env.c.token.getPastTotalSupply(t)) * 4n) / 100n);
    const tl = env.c.timelock;
    assert.equal(await tl.getMinDelay(), BigInt(net.PARAMS.timelockDelay));
    assert.ok(await tl.hasRole(await tl.PROPOSER_ROLE(), env.addresses.governor));
    assert.ok(await tl.hasRole(await tl.CANCELLER_ROLE(), env.addresses.governor));
    assert.ok(await tl.hasRole(await tl.EXECUTOR_ROLE(), ethers.ZeroAddress));
    assert.equal(await tl.hasRole(ethers.ZeroHash, addr('deployer')), false);
  });

  it('a proposal changes every governed parameter and pays from the treasury', async () => {
    const { devices, staking, rewards, token } = env.c;
    const p = proposal([
      [rewards, 'setRewardRate', [net.tokens('0.6')]],
      [devices, 'setMinStake', [net.tokens(2000)]],
      [devices, 'setOnboardingFee', [net.tokens(20)]],
      [staking, 'setUnbondingPeriod', [3 * DAY]],
      [token, 'transfer', [addr('grants'), net.tokens(1000)]],
    ], '# Omnibus\n\nEvery parameter at once.');
    const id = await propose('alice', p);
    assert.equal(await env.c.governor.state(id), State.Pending);
    assert.equal(await env.c.governor.proposalProposer(id), addr('alice'));
    await env.increaseTime(DAY + 1);
    assert.equal(await env.c.governor.state(id), State.Active);
    const r = await (await env.as('alice').governor.castVoteWithReason(id, FOR, 'ship it')).wait();
    const [vote] = eventsOf(r, env.c.governor, 'VoteCast');
    assert.deepEqual([vote.args.voter, vote.args.support, vote.args.weight, vote.args.reason], [addr('alice'), 1n, net.PARAMS.allocations.alice, 'ship it']);
    await (await env.as('bob').governor.castVote(id, FOR)).wait();
    await (await env.as('carol').governor.castVote(id, ABSTAIN)).wait();
    await (await env.as('dave').governor.castVote(id, AGAINST)).wait();
    assert.equal(await env.c.governor.hasVoted(id, addr('bob')), true);
    const votes = await env.c.governor.proposalVotes(id);
    assert.deepEqual([votes.againstVotes, votes.forVotes, votes.abstainVotes],
      [net.PARAMS.allocations.dave, net.PARAMS.allocations.alice + net.PARAMS.allocations.bob, net.PARAMS.allocations.carol]);
    await expectRevert(env.as('bob').governor.castVote(id, FOR), 'GovernorAlreadyCastVote', [addr('bob')]);
    await expectRevert(env.as('user').governor.castVote(id, 3), 'GovernorInvalidVoteType');

    await env.increaseTime(net.PARAMS.votingPeriod);
    assert.equal(await env.c.governor.state(id), State.Succeeded);
    await expectRevert(env.as('user').governor.castVote(id, FOR), 'GovernorUnexpectedProposalState');
    await (await env.as('user').governor.queue(p.targets, p.values, p.calldatas, p.descriptionHash)).wait();
    assert.equal(await env.c.governor.state(id), State.Queued);
    const eta = await env.c.governor.proposalEta(id);
    assert.ok(eta > 0n);
    await expectRevert(env.as('user').governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash), 'TimelockUnexpectedOperationState');
    await env.increaseTime(net.PARAMS.timelockDelay);
    const grantsBefore = await token.balanceOf(addr('grants'));
    await (await env.as('user').governor.execute(p.targets, p.values, p.calldatas, p.descriptionHash)).wait();
    assert.equal(await env.c.governor.state(id), State.Executed);
    assert.equal(await rewards.rewardRate(), net.tokens('0.6'));
    assert.equal(await devices.minStake(), net.tokens(2000));
    assert.equal(await devices.onboardingFee(), net.tokens(20));
    assert.equal(await staking.unbondingPeriod(), BigInt(3 * DAY));
    assert.equal(await token.balanceOf(addr('grants')), grantsBefore + net.tokens(1000));
  });

  it('defeated: more against than for, or no quorum', async () => {
    const p = proposal([[env.c.devices, 'setOnboardingFee', [1n]]], '# Lose');
    const id = await propose('user', p);
    await env.increaseTime(DAY + 1);
    await (await env.as('user').governor.castVote(id, FOR)).wait();
    await (await env.as('alice').governor.castVote(id, AGAINST)).wait();
    const q = proposal([[env.c.devices, 'setOnboardingFee', [2n]]], '# No quorum');
    const qid = await propose('dave', q);
    await env.increaseTime(DAY + 1);
    await (await env.as('dave').governor.castVote(qid, FOR)).wait(); // 10M of a 40M quorum
    await env.increaseTime(net.PARAMS.votingPeriod);
    assert.equal(await env.c.governor.state(id), State.Defeated);
    assert.equal(await env.c.governor.state(qid), State.Defeated);
    await expectRevert(env.as('user').governor.queue(q.targets, q.values, q.calldatas, q.descriptionHash), 'GovernorUnexpectedProposalState');
  });

  it('cancel: the proposer, while pending', async () => {
    const p = proposal([[env.c.devices, 'setOnboardingFee', [0n]]], '# Cancel me');
    const id = await propose('carol', p);
    await expectRevert(env.as('user').governor.cancel(p.targets, p.values, p.calldatas, p.descriptionHash), 'GovernorUnableToCancel', [id, addr('user')]);
    await (await env.as('carol').governor.cancel(p.targets, p.values, p.calldatas, p.descriptionHash)).wait();
    assert.equal(await env.c.governor.state(id), State.Canceled);
    const p2 = proposal([[env.c.devices, 'setOnboardingFee', [0n]]], '# Too late to cancel');
    const id2 = await propose('carol', p2);
    await env.increaseTime(DAY + 1);
    await expectRevert(env.as('carol').governor.cancel(p2.targets, p2.values, p2.calldatas, p2.descriptionHash), 'GovernorUnableToCancel', [id2, addr('carol')]);
  });

  it('propose: needs the threshold, a valid proposal, and is unique', async () => {
    const p = proposal([[env.c.devices, 'setOnboardingFee', [3n]]], '# Small holder');
    await expectRevert(env.as('cold').governor.propose(p.targets, p.values, p.calldatas, p.description), 'GovernorInsufficientProposerVotes', [addr('cold'), 0n, net.PARAMS.proposalThreshold]);
    await expectRevert(env.as('user').governor.propose([], [], [], '# Empty'), 'GovernorInvalidProposalLength', [0n, 0n, 0n]);
    await propose('user', p);
    await expectRevert(env.as('user').governor.propose(p.targets, p.values, p.calldatas, p.description), 'GovernorUnexpectedProposalState');
  });

  it('only the timelock changes parameters: direct calls and direct timelock use are refused', async () => {
    await expectRevert(env.as('alice').rewards.setRewardRate(1n), 'AccessControlUnauthorizedAccount');
    const role = await env.c.timelock.PROPOSER_ROLE();
    await expectRevert(env.as('alice').timelock.schedule(env.addresses.rewards, 0, '0x', ethers.ZeroHash, ethers.ZeroHash, DAY * 2),
      'AccessControlUnauthorizedAccount', [addr('alice'), role]);
    await expectRevert(env.as('alice').governor.relay(env.addresses.token, 0, '0x'), 'GovernorOnlyExecutor', [addr('alice')]);
  });
});
