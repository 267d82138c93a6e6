package odsim.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a YAML file into a {@link YNode} tree that keeps line and column of every key and value.
 * Limits keep hostile input cheap: alias expansion, nesting depth and document size are bounded
 * (SnakeYAML's own guards), so a "billion laughs" file fails fast with a clear error.
 */
public final class YamlTree {
    /** Scenario files are small; anything near this size is a mistake, not a scenario. */
    public static final int MAX_BYTES = 1 << 20;
    static final int MAX_DEPTH = 40;

    private YamlTree() {}

    public static YNode read(Path file) {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) throw new ScenarioException(name + ": is a folder, not a scenario file");
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ScenarioException(name + ": file is " + size + " bytes; scenario files are limited to "
                        + MAX_BYTES + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(name + ": file not found");
        } catch (IOException e) {
            throw new ScenarioException(name + ": cannot read file (" + e.getMessage() + ")");
        }
        return parse(name, new String(bytes, StandardCharsets.UTF_8));
    }

    public static YNode parse(String fileName, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        options.setAllowDuplicateKeys(false);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (Reader reader = new StringReader(text); JsonParser parser = factory.createParser(reader)) {
            JsonToken first = parser.nextToken();
            if (first == null) throw new ScenarioException(fileName + ": file is empty; a scenario is a YAML mapping of keys");
            YNode root = readNode(parser, fileName, 0);
            if (parser.nextToken() != null) {
                throw new ScenarioException(mark(fileName, parser.currentTokenLocation())
                        + ": more than one YAML document; a scenario file holds one");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            String where = loc == null ? fileName : mark(fileName, loc).toString();
            throw new ScenarioException(where + ": not valid YAML: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new ScenarioException(fileName + ": cannot read YAML: " + firstLine(e.getMessage()));
        } catch (RuntimeException e) {
            if (e instanceof ScenarioException se) throw se;
            // SnakeYAML reports its own limits (aliases, depth, size) as unchecked exceptions.
            throw new ScenarioException(fileName + ": not a usable YAML document: " + firstLine(String.valueOf(e.getMessage())));
        }
    }

    private static YNode readNode(JsonParser p, String file, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new ScenarioException(mark(file, p.currentTokenLocation()) + ": nested too deeply");
        Mark here = mark(file, p.currentTokenLocation());
        JsonToken t = p.currentToken();
        switch (t) {
            case START_OBJECT: {
                LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String key = p.currentName();
                    Mark keyMark = mark(file, p.currentTokenLocation());
                    p.nextToken();
                    YNode value = readNode(p, file, depth + 1);
                    if (entries.containsKey(key)) throw new ScenarioException(keyMark + ": key '" + key + "' appears twice");
                    entries.put(key, new YNode.Entry(keyMark, value));
                }
                return new YNode.Mapping(entries, here);
            }
            case START_ARRAY: {
                List<YNode> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) items.add(readNode(p, file, depth + 1));
                return new YNode.Sequence(items, here);
            }
            case VALUE_NULL:
                return new YNode.Scalar(null, here);
            default:
                return new YNode.Scalar(p.getText(), here);
        }
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
