"""scikit-learn side of bench/cluster.ts: the k sweep with KMeans(n_init=10) on the same matrix.

Usage: /usr/bin/python3 bench/cluster_sklearn.py MATRIX.f64 ROWS COLS KMIN KMAX RESTARTS
MATRIX.f64 holds the rows as little-endian float64, row-major. Prints one JSON line.
"""
import json
import resource
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans


def main():
    path, rows, cols, kmin, kmax, restarts = sys.argv[1], *map(int, sys.argv[2:7])
    X = np.fromfile(path, dtype="<f8").reshape(rows, cols)
    inertia = {}
    seconds = {}
    start = time.perf_counter()
    usage = resource.getrusage(resource.RUSAGE_SELF)
    for k in range(kmin, kmax + 1):
        t = time.perf_counter()
        km = KMeans(n_clusters=k, n_init=restarts, init="k-means++", algorithm="lloyd", tol=1e-4, max_iter=300, random_state=0)
        km.fit(X)
        seconds[k] = time.perf_counter() - t
        inertia[k] = float(km.inertia_)
    total = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_SELF)
    cpu = (after.ru_utime - usage.ru_utime) + (after.ru_stime - usage.ru_stime)
    print(json.dumps({"sklearn": sklearn.__version__, "numpy": np.__version__, "total_s": total, "cpu_s": cpu,
                      "inertia": inertia, "seconds": seconds}))


main()
