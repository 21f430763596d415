package hearth.returns.cinrules;

import hearth.returns.cinrules.CinTables.Assessment;
import hearth.returns.cinrules.CinTables.AssessmentFactor;
import hearth.returns.cinrules.CinTables.ChildCharacteristics;
import hearth.returns.cinrules.CinTables.ChildIdentifiers;
import hearth.returns.cinrules.CinTables.ChildProtectionPlan;
import hearth.returns.cinrules.CinTables.CinDetails;
import hearth.returns.cinrules.CinTables.CinPlanDates;
import hearth.returns.cinrules.CinTables.Disability;
import hearth.returns.cinrules.CinTables.Header;
import hearth.returns.cinrules.CinTables.Review;
import hearth.returns.cinrules.CinTables.Section47;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Reads a CIN census XML file (returns.md section 1.1) into {@link CinTables}. Missing elements and dates that are
 * not {@code YYYY-MM-DD} read as null, so the rules (not the reader) say what is wrong; a file that is not XML, or
 * whose root is not {@code Message}, is refused with {@link UnreadableCensus}.
 */
public final class CinCensusReader {

    private int episodes;
    private int assessments;
    private int plans;

    /** The file could not be read as a CIN census; the message says why in plain words. */
    public static class UnreadableCensus extends Exception {
        public UnreadableCensus(String message) {
            super(message);
        }
    }

    public CinTables read(InputStream in) throws IOException, UnreadableCensus {
        Document document;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
                @Override
                public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            document = builder.parse(in);
        } catch (SAXException e) {
            String where = e instanceof org.xml.sax.SAXParseException p ? " (line " + p.getLineNumber() + ")" : "";
            throw new UnreadableCensus("The file is not well-formed XML" + where + ": " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        Element root = document.getDocumentElement();
        if (!"Message".equals(local(root))) {
            throw new UnreadableCensus("The file is not a CIN census: its root element is <" + local(root)
                    + ">, not <Message>.");
        }
        return tables(root);
    }

    private CinTables tables(Element root) {
        Element header = child(root, "Header");
        Element details = header == null ? null : child(header, "CollectionDetails");
        String refText = text(details, "ReferenceDate");
        Header head = new Header(text(details, "Collection"), text(details, "Year"), refText, date(refText));
        CinTables t = new CinTables(head, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
        Element children = child(root, "Children");
        for (Element child : children == null ? List.<Element>of() : children(children, "Child")) {
            readChild(child, t);
        }
        return t;
    }

    private void readChild(Element child, CinTables t) {
        Element ids = child(child, "ChildIdentifiers");
        String id = text(ids, "LAchildID");
        t.childIdentifiers().add(new ChildIdentifiers(id, text(ids, "UPN"), text(ids, "FormerUPN"),
                text(ids, "UPNunknown"), date(text(ids, "PersonBirthDate")),
                date(text(ids, "ExpectedPersonBirthDate")), text(ids, "Sex"), date(text(ids, "PersonDeathDate"))));
        Element characteristics = child(child, "ChildCharacteristics");
        if (characteristics != null) {
            t.childCharacteristics().add(new ChildCharacteristics(id, text(characteristics, "Ethnicity")));
            Element disabilities = child(characteristics, "Disabilities");
            for (Element d : disabilities == null ? List.<Element>of() : children(disabilities, "Disability")) {
                t.disabilities().add(new Disability(id, value(d)));
            }
        }
        for (Element episode : children(child, "CINdetails")) {
            readEpisode(id, episode, t);
        }
    }

    private void readEpisode(String id, Element e, CinTables t) {
        int episode = ++episodes;
        t.cinDetails().add(new CinDetails(id, episode, date(text(e, "CINreferralDate")), text(e, "ReferralSource"),
                text(e, "PrimaryNeedCode"), date(text(e, "CINclosureDate")), text(e, "ReasonForClosure"),
                date(text(e, "DateOfInitialCPC")), text(e, "ReferralNFA")));
        for (Element a : children(e, "Assessments")) {
            int assessment = ++assessments;
            t.assessments().add(new Assessment(id, episode, assessment, date(text(a, "AssessmentActualStartDate")),
                    date(text(a, "AssessmentInternalReviewDate")), date(text(a, "AssessmentAuthorisationDate"))));
            Element factors = child(a, "FactorsIdentifiedAtAssessment");
            for (Element f : factors == null ? List.<Element>of() : children(factors, "AssessmentFactors")) {
                t.assessmentFactors().add(new AssessmentFactor(id, episode, assessment, value(f)));
            }
        }
        for (Element p : children(e, "CINPlanDates")) {
            t.cinPlanDates().add(new CinPlanDates(id, episode, date(text(p, "CINPlanStartDate")),
                    date(text(p, "CINPlanEndDate"))));
        }
        for (Element s : children(e, "Section47")) {
            t.section47().add(new Section47(id, episode, date(text(s, "S47ActualStartDate")),
                    date(text(s, "InitialCPCtarget")), date(text(s, "DateOfInitialCPC")), text(s, "ICPCnotRequired")));
        }
        for (Element p : children(e, "ChildProtectionPlans")) {
            int plan = ++plans;
            t.childProtectionPlans().add(new ChildProtectionPlan(id, episode, plan, date(text(p, "CPPstartDate")),
                    date(text(p, "CPPendDate")), text(p, "InitialCategoryOfAbuse"), text(p, "LatestCategoryOfAbuse"),
                    text(p, "NumberOfPreviousCPP")));
            Element reviews = child(p, "Reviews");
            for (Element r : reviews == null ? List.<Element>of() : children(reviews, "CPPreviewDate")) {
                t.reviews().add(new Review(id, episode, plan, date(value(r))));
            }
        }
    }

    static LocalDate date(String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String local(Node node) {
        return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
    }

    private static Element child(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.get(0);
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        if (parent == null) {
            return found;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element element && name.equals(local(element))) {
                found.add(element);
            }
        }
        return found;
    }

    private static String text(Element parent, String name) {
        Element element = child(parent, name);
        return element == null ? null : value(element);
    }

    private static String value(Element element) {
        String text = element.getTextContent().trim();
        return text.isEmpty() ? null : text;
    }
}
