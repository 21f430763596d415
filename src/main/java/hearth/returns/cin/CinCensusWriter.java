package hearth.returns.cin;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes the CIN census XML in the order the 2026 schema requires: ISO dates, booleans as 0 and 1, optional
 * elements left out when there is nothing to say, indented for people who open the file.
 */
final class CinCensusWriter {

    /** The header's source: the authority's three-digit code, Hearth's release, and when the file was made. */
    record Source(int year, String laCode, String release, String serialNo, OffsetDateTime madeAt) {
    }

    private final XMLStreamWriter xml;
    private int depth;

    private CinCensusWriter(XMLStreamWriter xml) {
        this.xml = xml;
    }

    static void write(OutputStream out, Source source, List<CinChild> children) throws IOException {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            new CinCensusWriter(xml).message(source, children);
            xml.flush();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the CIN census: " + e.getMessage(), e);
        }
    }

    private void message(Source source, List<CinChild> children) throws XMLStreamException {
        xml.writeStartDocument("UTF-8", "1.0");
        open("Message");
        open("Header");
        open("CollectionDetails");
        leaf("Collection", "CIN");
        leaf("Year", String.valueOf(source.year()));
        leaf("ReferenceDate", LocalDate.of(source.year(), 3, 31));
        close();
        open("Source");
        leaf("SourceLevel", "L");
        leaf("LEA", source.laCode());
        leaf("SoftwareCode", "Hearth");
        leaf("Release", source.release());
        leaf("SerialNo", source.serialNo());
        leaf("DateTime", source.madeAt().truncatedTo(ChronoUnit.SECONDS)
                .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        close();
        close();
        open("Children");
        for (CinChild child : children) {
            child(child);
        }
        close();
        close();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
    }

    private void child(CinChild child) throws XMLStreamException {
        var id = child.identity();
        open("Child");
        open("ChildIdentifiers");
        leaf("LAchildID", id.laChildId());
        leaf("UPN", id.upn());
        leaf("UPNunknown", child.upnUnknown());
        leaf("PersonBirthDate", id.dateOfBirth());
        leaf("ExpectedPersonBirthDate", id.dateOfBirth() == null ? id.expectedDateOfBirth() : null);
        leaf("Sex", id.dateOfBirth() == null ? "U" : id.sex().name());
        leaf("PersonDeathDate", id.dateOfDeath());
        close();
        open("ChildCharacteristics");
        leaf("Ethnicity", id.ethnicity() == null ? "NOBT" : id.ethnicity().name());
        if (!id.disabilities().isEmpty()) {
            open("Disabilities");
            for (var disability : id.disabilities()) {
                leaf("Disability", disability.name());
            }
            close();
        }
        close();
        for (CinChild.Details d : child.details()) {
            details(d);
        }
        close();
    }

    private void details(CinChild.Details d) throws XMLStreamException {
        open("CINdetails");
        leaf("CINreferralDate", d.referralDate());
        leaf("ReferralSource", d.referralSource());
        leaf("PrimaryNeedCode", d.primaryNeed());
        leaf("CINclosureDate", d.closureDate());
        leaf("ReasonForClosure", d.closureReason());
        leaf("DateOfInitialCPC", d.initialConference());
        for (CinChild.Assessment a : d.assessments()) {
            open("Assessments");
            leaf("AssessmentActualStartDate", a.start());
            leaf("AssessmentAuthorisationDate", a.authorised());
            if (!a.factors().isEmpty()) {
                open("FactorsIdentifiedAtAssessment");
                for (String factor : a.factors()) {
                    leaf("AssessmentFactors", factor);
                }
                close();
            }
            close();
        }
        for (CinChild.CinPlan p : d.plans()) {
            open("CINPlanDates");
            leaf("CINPlanStartDate", p.start());
            leaf("CINPlanEndDate", p.end());
            close();
        }
        for (CinChild.Section47 s : d.enquiries()) {
            open("Section47");
            leaf("S47ActualStartDate", s.start());
            leaf("InitialCPCtarget", s.conferenceTarget());
            leaf("DateOfInitialCPC", s.conference());
            leaf("ICPCnotRequired", s.conferenceNotRequired() ? "1" : "0");
            close();
        }
        leaf("ReferralNFA", d.referralNfa() ? "1" : "0");
        for (CinChild.ProtectionPlan p : d.protectionPlans()) {
            open("ChildProtectionPlans");
            leaf("CPPstartDate", p.start());
            leaf("CPPendDate", p.end());
            leaf("InitialCategoryOfAbuse", p.initialCategory());
            leaf("LatestCategoryOfAbuse", p.latestCategory());
            leaf("NumberOfPreviousCPP", String.valueOf(p.previousPlans()));
            if (!p.reviews().isEmpty()) {
                open("Reviews");
                for (LocalDate review : p.reviews()) {
                    leaf("CPPreviewDate", review);
                }
                close();
            }
            close();
        }
        close();
    }

    private void open(String name) throws XMLStreamException {
        indent();
        xml.writeStartElement(name);
        depth++;
    }

    private void close() throws XMLStreamException {
        depth--;
        indent();
        xml.writeEndElement();
    }

    private void leaf(String name, Object value) throws XMLStreamException {
        if (value == null) {
            return;
        }
        indent();
        xml.writeStartElement(name);
        xml.writeCharacters(value.toString());
        xml.writeEndElement();
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
