package vn.ntm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/** Edits one cell of a workbook at the XML level (an inline string), as a careless hand or another program might. */
final class Spoil {
    private Spoil() { }

    static Path cell(Path book, Path to, String sheetFile, String ref, String text) throws IOException {
        try (ZipFile in = new ZipFile(book.toFile()); OutputStream o = Files.newOutputStream(to); ZipOutputStream out = new ZipOutputStream(o)) {
            for (ZipEntry e : Collections.list(in.entries())) {
                byte[] data = in.getInputStream(e).readAllBytes();
                if (e.getName().equals(sheetFile)) {
                    String xml = new String(data, StandardCharsets.UTF_8);
                    Matcher m = Pattern.compile("<c r=\"" + ref + "\"([^>]*?)(/>|>.*?</c>)").matcher(xml);
                    if (!m.find()) throw new IllegalStateException("no cell " + ref + " in " + sheetFile);
                    String style = m.group(1).replaceAll("\\s+t=\"[^\"]*\"", "");
                    xml = xml.substring(0, m.start()) + "<c r=\"" + ref + "\"" + style + " t=\"inlineStr\"><is><t>" + text + "</t></is></c>" + xml.substring(m.end());
                    data = xml.getBytes(StandardCharsets.UTF_8);
                }
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(data);
                out.closeEntry();
            }
        }
        return to;
    }
}
