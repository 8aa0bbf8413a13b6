package gr.etwinning.synedrio.application.archfixture;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;

/** Violates rules 2 and 7: an application class that writes XML itself, a file format's job. */
public final class ApplicationUsingXml {

    public String element(String name) throws XMLStreamException {
        StringWriter out = new StringWriter();
        XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        w.writeEmptyElement(name);
        w.close();
        return out.toString();
    }
}
