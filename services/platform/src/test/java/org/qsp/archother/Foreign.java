package org.qsp.archother;

/** A class of "another service" for the architecture rules' own test. */
public class Foreign {
}
