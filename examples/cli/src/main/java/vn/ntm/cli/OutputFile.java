package vn.ntm.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The file named by {@code -o}. It may not be one of the inputs, nor a *.json file inside an input folder (the next run
 * would read it back as an assessment). It is written to a temporary file beside it and moved into place at the end,
 * after every input has been read.
 */
final class OutputFile {
    private OutputFile() { }

    /** A message saying why the output may not be written there, or null when it may. */
    static String refuse(Path output, List<Path> inputs) throws IOException {
        Path out = output.toAbsolutePath().normalize();
        for (Path in : inputs) {
            Path i = in.toAbsolutePath().normalize();
            if (out.equals(i) || (Files.exists(output) && Files.exists(in) && Files.isSameFile(output, in))) {
                return "-o " + output + " là một tệp đầu vào, không ghi đè (is an input: it will not be overwritten)";
            }
            if (Files.isDirectory(in) && i.equals(out.getParent()) && out.getFileName().toString().endsWith(".json")) {
                return "-o " + output + " nằm trong thư mục đầu vào " + in + " và sẽ bị đọc lại như một tệp đánh giá"
                        + " (is inside an input folder and would be read back as an assessment)";
            }
        }
        return null;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    static void write(Path output, Writer w) throws IOException {
        Path dir = output.toAbsolutePath().getParent();
        if (dir != null) Files.createDirectories(dir);
        // a plain new file (usual permissions), not createTempFile's owner-only one
        Path tmp = (dir == null ? Path.of(".") : dir).resolve("." + output.getFileName() + "." + ProcessHandle.current().pid() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
                w.write(out);
            }
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
