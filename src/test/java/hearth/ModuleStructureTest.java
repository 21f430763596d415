package hearth;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModuleStructureTest {

    private final ApplicationModules modules = ApplicationModules.of(HearthApplication.class);

    @Test
    void contextsUseOnlyEachOthersPublishedApisAndHaveNoCycles() {
        modules.verify();
    }

    @Test
    void writesTheModuleDocumentationIntoDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
