#!/usr/bin/env bash
# contracts.cast: cast (Foundry), a client independent of ethers and of Plinth, reads the seeded facts
# through the fixture's network profile. Starts its own anvil from contracts/build/fixture on a port
# anvil picks, and stops it on exit.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
export PATH="$here/node_modules/.bin:$PATH"

fixture_dir=$(node "$here/devnet" build-fixture --quiet)
json() { node -e 'const o=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));const v=process.argv[2].split(".").reduce((a,k)=>a[k],o);console.log(typeof v==="object"?JSON.stringify(v):v)' "$@"; }
anvil=$(json "$fixture_dir/fixture.json" anvil)
cast=$(json "$fixture_dir/fixture.json" cast)
mapfile -t anvil_args < <(node -e 'for (const a of JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).anvilArgs) console.log(a)' "$fixture_dir/fixture.json")

work=$(mktemp -d)
pid=
cleanup() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

state=$(json "$fixture_dir/fixture.json" state)
: >"$work/anvil.log"
start=$(date +%s%N)
# setpriv: anvil gets SIGKILL if this script dies (a CTest timeout), so it never outlives the test.
wrap=()
[ -x /usr/bin/setpriv ] && wrap=(/usr/bin/setpriv --pdeathsig KILL --)
"${wrap[@]}" "$anvil" "${anvil_args[@]}" --port 0 --load-state "$state" >"$work/anvil.log" 2>&1 &
pid=$!
port=
for _ in $(seq 1 3000); do
  port=$(sed -n 's/.*Listening on [^ ]*:\([0-9][0-9]*\).*/\1/p' "$work/anvil.log" | head -n1 || true)
  [ -n "$port" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/anvil.log" >&2; echo "anvil exited" >&2; exit 1; }
  sleep 0.01
done
[ -n "$port" ] || { echo "anvil did not start" >&2; exit 1; }
export ETH_RPC_URL="http://127.0.0.1:$port"
until "$cast" chain-id >/dev/null 2>&1; do sleep 0.02; done
echo "fixture chain on $ETH_RPC_URL in $(( ($(date +%s%N) - start) / 1000000 )) ms"

# A profile for this instance, as a wallet would get it.
node -e 'const fs=require("fs");const p=JSON.parse(fs.readFileSync(process.argv[1],"utf8"));p.rpc=[process.argv[2]];fs.writeFileSync(process.argv[3],JSON.stringify(p,null,2))' \
  "$fixture_dir/network.json" "$ETH_RPC_URL" "$work/network.json"
profile="$work/network.json"
facts="$fixture_dir/facts.json"
devices=$(json "$profile" contracts.devices)
governor=$(json "$profile" contracts.governor)
token=$(json "$profile" contracts.token)
rewards=$(json "$profile" contracts.rewards)
user=$(json "$facts" accounts.user)

passed=0
failed=0
check() { # name expected actual
  if [ "$2" = "$3" ]; then
    passed=$((passed + 1)); echo "ok - $1"
  else
    failed=$((failed + 1)); echo "not ok - $1: expected '$2', got '$3'"
  fi
}
first() { cut -d' ' -f1; }

check "chain id" "$(json "$profile" chainId)" "$("$cast" chain-id)"
check "checkpoint hash" "$(json "$profile" checkpoint.hash)" "$("$cast" block "$(json "$profile" checkpoint.number)" --field hash)"
check "devices of account 0" 10 "$("$cast" call "$devices" 'balanceOf(address)(uint256)' "$user")"
check "devices registered" 14 "$("$cast" call "$devices" 'totalRegistered()(uint256)')"
check "token symbol" "$(json "$profile" token.symbol)" "$("$cast" call "$token" 'symbol()(string)' | tr -d '"')"
check "epochs posted" 90 "$("$cast" call "$rewards" 'epochCount()(uint256)')"
for label in rewardRate grant feeHike feeZero unbonding minStake lisbon feeCut; do
  id=$(json "$facts" "proposals.$label.id")
  check "proposal $label is $(json "$facts" "proposals.$label.state")" "$(json "$facts" "proposals.$label.stateCode")" \
    "$("$cast" call "$governor" 'state(uint256)(uint8)' "$id")"
done
check "PIP-7 is active (1)" 1 "$("$cast" call "$governor" 'state(uint256)(uint8)' "$(json "$facts" proposals.lisbon.id)")"
check "PIP-1 is executed (7)" 7 "$("$cast" call "$governor" 'state(uint256)(uint8)' "$(json "$facts" proposals.rewardRate.id)")"
for who in user alice bob; do
  check "votes of $who" "$(json "$facts" "votes.$who")" "$("$cast" call "$token" 'getVotes(address)(uint256)' "$(json "$facts" "accounts.$who")" | first)"
done
slot=$("$cast" index address "$user" 1)
check "accrued(user) at slot keccak(user, 1)" "$("$cast" call "$rewards" 'accrued(address)(uint256)' "$user" | first)" \
  "$("$cast" to-dec "$("$cast" storage "$rewards" "$slot")")"
check "balanceOf(user) at slot keccak(user, 0)" "$("$cast" call "$token" 'balanceOf(address)(uint256)' "$user" | first)" \
  "$("$cast" to-dec "$("$cast" storage "$token" "$("$cast" index address "$user" 0)")")"
epochs=$("$cast" logs --from-block "$(json "$profile" deploymentBlock)" --address "$rewards" \
  'EpochPosted(uint256 indexed,uint64,uint64,uint256,uint256)' | grep -c '^- address' || true)
check "EpochPosted events" 90 "$epochs"

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
