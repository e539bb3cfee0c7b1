"""tests/scale/dask_pipe.py: pluk as a filter under Dask distributed.

    /usr/bin/python3 dask_pipe.py PLUK INPUT.jsonl OUTPUT.jsonl [BLOCKS [WORKERS]]

Reads INPUT, cuts it into BLOCKS (default 4) blocks of whole lines, starts a
LocalCluster of WORKERS (default 2) worker processes on 127.0.0.1 (every
listening socket, the HTTP ones included, on loopback; checked, and the run
fails otherwise), maps a function that pipes one block through
`PLUK -j 1` over the blocks, gathers the results in block order and writes
them to OUTPUT.
Extra pluk arguments can follow `--`. Prints one line to stdout:
`dask: B blocks, W workers, P worker processes used`.

Debian's python3-distributed, so run it with /usr/bin/python3 (a python3
from elsewhere on PATH may not see Debian's packages).
"""
import os
import subprocess
import sys


def split_lines(data, nblocks):
    """Cut bytes into at most nblocks pieces, each ending after a newline."""
    blocks, start, n = [], 0, len(data)
    for k in range(1, nblocks + 1):
        if start >= n:
            break
        cut = n if k == nblocks else max(start, n * k // nblocks)
        if cut < n:
            nl = data.find(b"\n", cut)
            cut = n if nl < 0 else nl + 1
        if cut > start:
            blocks.append(data[start:cut])
            start = cut
    return blocks


def run_block(pluk, args, block):
    """One task: block (bytes of whole JSON lines) through pluk -j 1."""
    proc = subprocess.run([pluk, "-j", "1", *args], input=block,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if proc.returncode != 0:
        raise RuntimeError("pluk exited %d: %s" % (
            proc.returncode, proc.stderr.decode("utf-8", "replace")[-2000:]))
    return os.getpid(), proc.stdout


def non_loopback_listeners():
    """Listening sockets of this process and its children not on loopback."""
    import psutil
    me = psutil.Process()
    pids = {me.pid} | {c.pid for c in me.children(recursive=True)}
    bad = []
    for c in psutil.net_connections(kind="inet"):
        if c.pid in pids and c.status == psutil.CONN_LISTEN:
            ip = c.laddr.ip
            if not (ip.startswith("127.") or ip == "::1"):
                bad.append("%s:%d (pid %d)" % (ip, c.laddr.port, c.pid))
    return bad


def main(argv):
    extra = []
    if "--" in argv:
        k = argv.index("--")
        argv, extra = argv[:k], argv[k + 1:]
    if len(argv) < 4:
        sys.stderr.write(__doc__)
        return 2
    pluk, inp, out = os.path.abspath(argv[1]), argv[2], argv[3]
    nblocks = int(argv[4]) if len(argv) > 4 else 4
    nworkers = int(argv[5]) if len(argv) > 5 else 2

    from dask.distributed import Client, LocalCluster

    with open(inp, "rb") as f:
        blocks = split_lines(f.read(), nblocks)
    with LocalCluster(n_workers=nworkers, threads_per_worker=1,
                      processes=True, host="127.0.0.1",
                      # distributed always starts an HTTP server (health,
                      # metrics) on the scheduler and on each worker, on
                      # every interface unless told: keep them on loopback
                      dashboard_address="127.0.0.1:0",
                      worker_dashboard_address="127.0.0.1:0",
                      local_directory=os.environ.get("DASK_TEMPORARY_DIRECTORY")
                      ) as cluster, Client(cluster) as client:
        client.wait_for_workers(nworkers, timeout=60)
        bad = non_loopback_listeners()
        if bad:
            sys.stderr.write("dask_pipe.py: listening off loopback: %s\n"
                             % ", ".join(bad))
            return 1
        futures = client.map(run_block, [pluk] * len(blocks),
                             [extra] * len(blocks), blocks, pure=False)
        results = client.gather(futures)      # in the order of `blocks`
    tmp = out + ".part"
    with open(tmp, "wb") as f:
        for _, data in results:
            f.write(data)
    os.replace(tmp, out)
    print("dask: %d blocks, %d workers, %d worker processes used"
          % (len(blocks), nworkers, len({pid for pid, _ in results})))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
