package dev.dossier.group.fingerprint;

/**
 * Disjoint sets over 0..n-1 whose representative is always the smallest member, so the roots
 * do not depend on the order of the unions. Used for copies, stories and blocks alike.
 */
public final class UnionFind {
    private final int[] parent;

    public UnionFind(int n) {
        parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
    }

    public int find(int x) {
        int root = x;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[x] != root) {
            int next = parent[x];
            parent[x] = root;
            x = next;
        }
        return root;
    }

    public void union(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra < rb) {
            parent[rb] = ra;
        } else if (rb < ra) {
            parent[ra] = rb;
        }
    }

    /** For each member, the smallest member of its set. */
    public int[] roots() {
        int[] roots = new int[parent.length];
        for (int i = 0; i < parent.length; i++) {
            roots[i] = find(i);
        }
        return roots;
    }
}
