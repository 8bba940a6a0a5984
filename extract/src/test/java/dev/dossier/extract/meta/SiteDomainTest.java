package dev.dossier.extract.meta;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** URLs and page texts written for the project → the site and the outlet's own name. */
class SiteDomainTest {
    @Test
    void registrableDomainDropsSubdomainsPortAndTrailingDot() {
        assertEquals(Optional.of("example.com"), SiteDomain.of("https://www.example.com/world/2021/05/06/frigates"));
        assertEquals(Optional.of("example.com"), SiteDomain.of("https://amp.m.example.com/a?b=c"));
        assertEquals(Optional.of("example.org"), SiteDomain.of("http://www.example.org:80/node/1"));
        assertEquals(Optional.of("example.org"), SiteDomain.of("https://example.org./node/1"));
        assertEquals(Optional.of("example.co.uk"), SiteDomain.of("https://news.example.co.uk/politics"));
        assertEquals(Optional.of("example.com.tw"), SiteDomain.of("https://www.example.com.tw/en/news/1"));
        assertEquals(Optional.of("someblog.blogspot.com"), SiteDomain.of("https://someblog.blogspot.com/2017/07/post.html"));
        assertEquals(Optional.of("example.az"), SiteDomain.of("https://example.az/news/tanks–arrive"));
    }

    @Test
    void noHostNoDomain() {
        assertEquals(Optional.empty(), SiteDomain.of("file:///tmp/a.txt"));
        assertEquals(Optional.empty(), SiteDomain.of("http://10.0.0.1/a"));
        assertEquals(Optional.empty(), SiteDomain.of("not a url"));
    }

    @Test
    void nameThePageWritesThatSpellsTheDomain() {
        assertEquals(Optional.of("Harbor Times"),
                SiteDomain.nameIn("By Jane Roe, Harbor Times, Staff Writer\nPORTVILLE (Harbor Times) – The navy said.", "harbortimes.com.tw"));
        assertEquals(Optional.of("The Lakeside Post"), SiteDomain.nameIn("Read The Lakeside Post today.", "thelakesidepost.com"));
        assertEquals(Optional.of("TheLakesidePost"), SiteDomain.nameIn("TheLakesidePost\nTanks bought", "thelakesidepost.com"));
        assertEquals(Optional.of("XNA"), SiteDomain.nameIn("BERLIN (XNA) - Tanks were bought.", "xna.com"));
        assertEquals(Optional.of("Wire.Az"), SiteDomain.nameIn("Source: Wire.Az", "wire.az"));
    }

    @Test
    void aCommonWordIsNoName() {
        assertEquals(Optional.empty(), SiteDomain.nameIn("News of the deal came on Monday; the news spread.", "news.example"));
        assertEquals(Optional.empty(), SiteDomain.nameIn("The ministry said nothing.", "example.com"));
    }
}
