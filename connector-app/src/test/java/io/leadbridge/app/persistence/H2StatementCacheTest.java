package io.leadbridge.app.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class H2StatementCacheTest {

    @Test
    void anH2UrlGetsTheCacheAndKeepsItsOwnSettings() {
        assertThat(H2StatementCache.withCache("jdbc:h2:file:./data/leadbridge;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./data/leadbridge;AUTO_SERVER=TRUE;QUERY_CACHE_SIZE=256");
    }

    @Test
    void aUrlThatSetsTheCacheItselfOrIsNotH2IsLeftAlone() {
        assertThat(H2StatementCache.withCache("jdbc:h2:mem:x;query_cache_size=16"))
                .isEqualTo("jdbc:h2:mem:x;query_cache_size=16");
        assertThat(H2StatementCache.withCache("jdbc:postgresql://127.0.0.1:5432/test"))
                .isEqualTo("jdbc:postgresql://127.0.0.1:5432/test");
    }
}
