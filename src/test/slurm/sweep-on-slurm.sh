#!/usr/bin/env bash
# Runs a sweep on a real one-node Slurm cluster started here on localhost, and checks that the
# merged results equal a local run of the same sweep byte for byte.
#
#   sweep-on-slurm.sh WORKDIR SWEEP.yaml      (env ODSIM: the command that starts odsim)
#
# What it does, in order:
#  1. munge: if no munged answers, creates /run/munge (owned by munge), creates the key with
#     mungekey if there is none, and starts munged as user munge.
#  2. Writes a one-node slurm.conf into WORKDIR (this host as controller and node, addresses
#     127.0.0.1, free ports, no accounting, no cgroups) and starts slurmctld and slurmd in the
#     foreground as background jobs of this script, so their PIDs are known.
#  3. 'odsim slurm SWEEP --tasks 4' writes the scripts; submit.sh submits the 4-task array and
#     the merge (afterok); polls scontrol (bounded) until the merge job has completed.
#  4. Runs the same sweep locally and compares results.csv and points.csv with cmp.
#  5. On any exit (trap), stops slurmd, slurmctld and munged (only if this script started it),
#     each by its PID.
# Exit codes: 0 equal, 1 failure, 77 Slurm or munge missing or not root (the JUnit test skips,
# or fails when CI is set).
set -euo pipefail
work=$(realpath -m "$1")
sweep=$(realpath "$2")
: "${ODSIM:?set ODSIM to the command that starts odsim}"
for tool in munged mungekey slurmctld slurmd sbatch scontrol sinfo; do
  command -v "$tool" >/dev/null 2>&1 || [ -x "/usr/sbin/$tool" ] || { echo "slurm-test: $tool not installed"; exit 77; }
done
[ "$(id -u)" = 0 ] || { echo "slurm-test: needs root to start slurmd"; exit 77; }
export PATH="$PATH:/usr/sbin"
mkdir -p "$work"

pids=()
munged_pid=""
stop() {
  local code=$?
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$pid" 2>/dev/null || true
  done
  if [ -n "$munged_pid" ]; then kill "$munged_pid" 2>/dev/null || true; fi
  if [ $code -ne 0 ]; then
    echo "slurm-test: failed ($code); logs:"
    tail -n 20 "$work"/slurmctld.log "$work"/slurmd.log "$work"/job/logs/* 2>/dev/null || true
  fi
  exit $code
}
trap stop EXIT

# 1. munge
if ! (munge -n | unmunge) >/dev/null 2>&1; then
  mkdir -p /run/munge /var/log/munge /var/lib/munge
  chown munge:munge /run/munge /var/log/munge /var/lib/munge
  chmod 755 /run/munge
  if [ ! -s /etc/munge/munge.key ]; then
    mungekey --create --keyfile=/etc/munge/munge.key 2>/dev/null || create-munge-key -f
    chown munge:munge /etc/munge/munge.key
    chmod 400 /etc/munge/munge.key
  fi
  runuser -u munge -- munged
  for _ in $(seq 50); do [ -s /run/munge/munged.pid ] && break; sleep 0.1; done
  munged_pid=$(cat /run/munge/munged.pid)
  (munge -n | unmunge) >/dev/null || { echo "slurm-test: munged does not answer"; exit 1; }
fi

# 2. a one-node cluster on localhost
host=$(hostname -s)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null || echo $((20000 + RANDOM % 20000)); }
ctld_port=$(free_port); slurmd_port=$(free_port)
node=$(slurmd -C | head -n 1)
mem=$(echo "$node" | sed -n 's/.*RealMemory=\([0-9]*\).*/\1/p')
cpus=$(echo "$node" | sed -n 's/.*CPUs=\([0-9]*\).*/\1/p')
mkdir -p "$work/state" "$work/spool"
cat > "$work/slurm.conf" <<CONF
ClusterName=odsimtest
SlurmctldHost=${host}(127.0.0.1)
SlurmctldPort=${ctld_port}
SlurmdPort=${slurmd_port}
SlurmUser=root
AuthType=auth/munge
StateSaveLocation=${work}/state
SlurmdSpoolDir=${work}/spool
SlurmctldPidFile=${work}/slurmctld.pid
SlurmdPidFile=${work}/slurmd.pid
SlurmctldLogFile=${work}/slurmctld.log
SlurmdLogFile=${work}/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
ReturnToService=2
MinJobAge=600
NodeName=${host} NodeAddr=127.0.0.1 CPUs=${cpus} RealMemory=${mem} State=UNKNOWN
PartitionName=test Nodes=${host} Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF="$work/slurm.conf"
slurmctld -D -f "$SLURM_CONF" >>"$work/slurmctld.log" 2>&1 &
pids+=($!)
slurmd -D -f "$SLURM_CONF" >>"$work/slurmd.log" 2>&1 &
pids+=($!)
for i in $(seq 300); do
  state=$(sinfo -h -N -o %T 2>/dev/null | head -n 1 || true)
  [ "$state" = idle ] && break
  [ "$i" = 300 ] && { echo "slurm-test: node not idle after 30 s (state '$state')"; exit 1; }
  sleep 0.1
done
echo "slurm-test: cluster up ($host, slurmctld port $ctld_port)"

# 3. the generated scripts: 4-task array, then the merge
$ODSIM slurm "$sweep" --tasks 4 --out "$work/job" --mem 500M --time 00:10:00
submitted=$(bash "$work/job/submit.sh")
echo "slurm-test: $submitted"
merge=$(echo "$submitted" | sed -n 's/.*merge \([0-9]*\);.*/\1/p')
for i in $(seq 900); do
  state=$(scontrol show job "$merge" 2>/dev/null | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p')
  case "$state" in
    COMPLETED) break ;;
    FAILED|CANCELLED|TIMEOUT|NODE_FAIL|OUT_OF_MEMORY) echo "slurm-test: merge job $state"; exit 1 ;;
  esac
  [ "$i" = 900 ] && { echo "slurm-test: merge not done after 90 s (state '$state')"; squeue || true; exit 1; }
  sleep 0.1
done
echo "slurm-test: array and merge completed"

# 4. the same sweep on this machine, compared
$ODSIM sweep "$sweep" --out "$work/local" --quiet
for f in results.csv points.csv; do
  cmp "$work/local/$f" "$work/job/merged/$f"
done
echo "slurm-test: merged results equal the local run ($(wc -l < "$work/local/results.csv") lines)"
