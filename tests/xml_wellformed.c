/* Every XML file we ship or generate must be well formed: the extension
 * manager refuses the whole .oxt over one unescaped '<' in a description.
 * usage: xml_wellformed FILE...   (libxml2) */
#include <libxml/parser.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    int bad = 0;
    for (int i = 1; i < argc; i++) {
        xmlDocPtr doc = xmlReadFile(argv[i], NULL, XML_PARSE_NONET);
        if (!doc) {
            fprintf(stderr, "not well-formed XML: %s\n", argv[i]);
            bad = 1;
            continue;
        }
        xmlFreeDoc(doc);
    }
    xmlCleanupParser();
    return bad;
}
