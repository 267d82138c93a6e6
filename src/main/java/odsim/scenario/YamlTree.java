package odsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * Reads a YAML file into a {@link YNode} tree that keeps line and column of every key and value.
 * Hostile input stays cheap: size is checked before parsing, nesting depth is bounded, and YAML
 * aliases are refused where they appear (a scenario never needs them), so a "billion laughs"
 * file fails at its first alias without expanding anything.
 */
public final class YamlTree {
    /** Scenario files are small; anything near this size is a mistake, not a scenario. */
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 40;

    private YamlTree() {}

    /**
     * Why {@code file} cannot be opened, in a few words: "file not found", or what the system says
     * (a name too long, a loop of symbolic links, no permission); null if it can be.
     */
    public static String whyUnreadable(Path file) {
        try {
            Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class);
            return null;
        } catch (NoSuchFileException e) {
            return "file not found";
        } catch (java.nio.file.FileSystemException e) {
            return e.getReason() != null ? e.getReason().toLowerCase(java.util.Locale.ROOT) : "cannot be read";
        } catch (IOException e) {
            return "cannot be read (" + e.getMessage() + ")";
        }
    }

    public static YNode read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ScenarioException(name + ": is a folder, not a scenario file");
            long size = Files.size(file);
            if (size > MAX_BYTES) throw tooLarge(name, size + " bytes");
            // Read at most one byte past the limit: devices and pipes report size 0 (/dev/zero never ends).
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes(MAX_BYTES + 1);
            }
            if (bytes.length > MAX_BYTES) throw tooLarge(name, "more than " + MAX_BYTES + " bytes");
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name + ": " + whyUnreadable(file));
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot read file (" + e.getMessage() + ")");
        }
        return parse(name, decodeUtf8(name, bytes));
    }

    /** Strict UTF-8: a binary or wrongly encoded file is refused at its first bad byte, not read as U+FFFD. */
    private static String decodeUtf8(String name, byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        out.flip();
        if (result.isError()) {
            throw new ScenarioException(markAt(name, out, out.length()) + ": not UTF-8 text (byte 0x"
                    + String.format("%02X", bytes[in.position()] & 0xff) + " at offset " + in.position()
                    + "); a scenario is a UTF-8 YAML text file");
        }
        return out.toString();
    }

    public static YNode parse(String fileName, String text) {
        if (text.length() > MAX_BYTES) throw tooLarge(fileName, text.length() + " characters");
        refuseUnprintable(fileName, text);
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        // Duplicates are found in readNode, which names the key and both places; with this false,
        // Jackson would report them itself, with neither.
        options.setAllowDuplicateKeys(true);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (Reader reader = new StringReader(text); JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) throw new ScenarioException(fileName + ": file is empty; a scenario is a YAML mapping of keys");
            YNode root = readNode(parser, fileName, 0, "");
            if (root instanceof YNode.Scalar s && (s.text() == null || s.text().isEmpty())) { // only "---", or "~"
                throw new ScenarioException(root.mark() + ": the document is empty; a scenario is a YAML mapping of keys");
            }
            if (parser.nextToken() != null) {
                throw new ScenarioException(mark(fileName, parser.currentTokenLocation())
                        + ": more than one YAML document; a scenario file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            throw new ScenarioException(syntaxError(fileName, e));
        } catch (IOException e) {
            throw new ScenarioException(fileName + ": cannot read YAML: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) throw se;
            // SnakeYAML reports its own limits (aliases, depth, size) as unchecked exceptions.
            throw new ScenarioException(fileName + ": not a usable YAML document: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static ScenarioException tooLarge(String name, String size) {
        return new ScenarioException(name + ": file is " + size + "; scenario files are limited to " + MAX_BYTES + " bytes");
    }

    /** YAML forbids control characters (NUL and most others); saying where beats SnakeYAML's "position 6". */
    private static void refuseUnprintable(String name, String text) {
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                throw new ScenarioException(markAt(name, text, i) + ": character " + String.format("U+%04X", c)
                        + " is not allowed in YAML; is this a binary file?");
            }
            i += Character.charCount(c);
        }
    }

    /**
     * SnakeYAML's problem mark is where the text goes wrong; Jackson's location is often the start of
     * the last good token (a tab on line 2 was reported at 1:2), so prefer SnakeYAML's.
     */
    private static String syntaxError(String file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException m && m.getProblemMark() != null) {
            String context = "";
            if (m.getContext() != null && m.getContextMark() != null) {
                context = " (" + m.getContext() + " from line " + (m.getContextMark().getLine() + 1) + ")";
            }
            return new Mark(file, m.getProblemMark().getLine() + 1, m.getProblemMark().getColumn() + 1)
                    + ": not valid YAML: " + firstLine(m.getProblem()) + context;
        }
        JsonLocation loc = e.getLocation();
        String where = loc == null ? file : mark(file, loc).toString();
        String message = firstLine(e.getOriginalMessage());
        // Jackson names a SnakeYAML event class here; say what it means instead.
        if (message.startsWith("Expected a field name")) message = "a key must be plain text, not a list, a mapping or an alias";
        return where + ": not valid YAML: " + message;
    }

    private static YNode readNode(JsonParser p, String file, int depth, String path) throws IOException {
        Mark here = mark(file, p.currentTokenLocation());
        String at = here + ": " + (path.isEmpty() ? "" : path + ": ");
        if (depth > MAX_DEPTH) throw new ScenarioException(at + "nested too deeply (more than " + MAX_DEPTH + " levels)");
        refuseAlias(p, at);
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Mark keyMark = mark(file, p.currentTokenLocation());
                    String keyPath = Binder.join(path, Binder.shorten(key));
                    refuseAlias(p, keyMark + ": " + keyPath + ": ");
                    YNode.Entry first = entries.get(key);
                    if (first != null) {
                        throw new ScenarioException(keyMark + ": " + keyPath + ": key appears twice (first at line "
                                + first.keyMark().line() + ")");
                    }
                    p.nextToken();
                    YNode value = readNode(p, file, depth + 1, keyPath);
                    entries.put(key, new YNode.Entry(keyMark, value));
                }
                return new YNode.Mapping(entries, here);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(readNode(p, file, depth + 1, path + "[" + items.size() + "]"));
                return new YNode.Sequence(items, here);
            }
            case VALUE_NULL:
                return new YNode.Scalar(null, here);
            default:
                return new YNode.Scalar(p.getText(), here);
        }
    }

    /** Jackson passes an alias on as the plain text of its anchor's name; refuse it rather than bind "a" for "*a". */
    private static void refuseAlias(JsonParser p, String at) throws IOException {
        if (p instanceof YAMLParser y && y.isCurrentAlias()) {
            throw new ScenarioException(at + "YAML aliases (*" + Binder.shorten(p.getText())
                    + ") are not supported in scenario files; write the value out");
        }
    }

    /** The place of character {@code index} of {@code text}. */
    static Mark markAt(String file, CharSequence text, int index) {
        int line = 1, lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Mark(file, line, index - lineStart + 1);
    }

    static Mark mark(String file, JsonLocation loc) {
        return new Mark(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }
}
