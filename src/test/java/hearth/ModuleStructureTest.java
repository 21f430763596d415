package hearth;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private static final Path DOCS = Path.of("docs/modules");
    private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

    @Test
    void contextsUseOnlyEachOthersPublishedApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        try (Stream<Path> files = Files.list(DOCS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".puml")).toList()) {
                sortRelations(file);
            }
        }
    }

    /** The documenter lists relations in no fixed order; sorting them keeps the committed files stable. */
    private static void sortRelations(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file));
        List<Integer> positions = new ArrayList<>();
        List<String> relations = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("Rel") || lines.get(i).contains("-->") || lines.get(i).contains("..>")) {
                positions.add(i);
                relations.add(lines.get(i));
            }
        }
        relations.sort(String::compareTo);
        for (int i = 0; i < positions.size(); i++) {
            lines.set(positions.get(i), relations.get(i));
        }
        Files.write(file, lines);
    }
}
