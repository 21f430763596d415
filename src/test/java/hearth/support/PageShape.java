package hearth.support;

import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The shape of a page's markup as a digest, for {@link Accessibility} to check each distinct page once: every element
 * with its attributes (ids, numbers and UUIDs made alike; text-like attribute values and text reduced to "some" or
 * "none"; in-page links kept), where a run of siblings of the same shape counts once.
 */
final class PageShape {

    private static final String SHAPE = """
            () => {
              const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
              const textLike = new Set(['value', 'alt', 'title', 'aria-label', 'placeholder', 'content', 'datetime']);
              const norm = (name, v) => {
                if (textLike.has(name)) return v.trim() ? 'X' : '';
                if ((name === 'href' || name === 'action' || name === 'src') && !v.startsWith('#')) return 'L';
                return v.replace(uuid, 'U').replace(/[0-9]+/g, '0');
              };
              const shape = node => {
                if (node.nodeType === 3) return node.textContent.trim() ? 'T' : '';
                if (node.nodeType !== 1) return '';
                const attrs = Array.from(node.attributes).map(a => a.name + '=' + norm(a.name, a.value)).sort();
                const kids = [];
                for (const child of node.childNodes) {
                  const s = shape(child);
                  if (s && s !== kids[kids.length - 1]) kids.push(s);
                }
                return '<' + node.tagName + ' ' + attrs.join(' ') + '>' + kids.join('') + '</>';
              };
              return shape(document.documentElement);
            }
            """;

    private PageShape() {
    }

    static String of(Page page) {
        Object markup = page.evaluate(SHAPE);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(String.valueOf(markup).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
