package org.qsp.monitor.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Removes what could name a person from a payload before anything of it is shown: the complainant, the reporter,
 * contact persons, phones, addresses, e-mails, identity numbers, wherever in the payload they are. The contracts keep
 * such data out of events already (ContractCatalogTest); this holds for a newer producer that does not.
 */
public final class PersonalData {

    private static final Set<String> PERSONAL = Set.of("complainant", "reporter", "contact", "contactperson",
            "phone", "mobile", "telephone", "tel", "address", "email", "idnumber", "idcard", "identity", "person",
            "consumer", "proxy");

    private PersonalData() {
    }

    /** A copy of the payload without personal fields (a field whose name holds one of the words above). */
    public static JsonNode masked(JsonNode payload) {
        JsonNode copy = payload.deepCopy();
        strip(copy);
        return copy;
    }

    public static boolean isPersonal(String field) {
        String name = field.toLowerCase(Locale.ROOT);
        return PERSONAL.stream().anyMatch(name::contains);
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> personal = new ArrayList<>();
            for (String field : object.propertyNames()) {
                if (isPersonal(field)) {
                    personal.add(field);
                } else {
                    strip(object.get(field));
                }
            }
            personal.forEach(object::remove);
        } else if (node != null && node.isArray()) {
            node.forEach(PersonalData::strip);
        }
    }
}
