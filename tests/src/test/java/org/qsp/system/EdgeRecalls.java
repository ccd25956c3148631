package org.qsp.system;

/**
 * The recall data of an {@link EdgeWorld}, made through the recall API: leads, investigations and recalls of ent-a
 * found in Hangzhou, each in the state an operation needs, and of ent-b found in Nanjing, which of the demo regulators
 * only regulator-cn supervises.
 */
final class EdgeRecalls {

    static final String ENT_B = "91330106MA2B3C4D5D";

    /** Leads regulator1 entered, open: one to dismiss, one to investigate. */
    final String leadToDismiss;
    final String leadToInvestigate;
    /** Investigations of ent-a: open (one to object to, one to recall voluntarily in), objected, defect confirmed. */
    final String openInvestigation;
    final String investigationToRecallIn;
    final String objectedInvestigation;
    final String confirmedInvestigation;
    /** ent-a's recalls: ordered, waiting for its plan (public); filed, waiting for review (not public yet). */
    final String orderedRecall;
    final String submittedRecall;
    /** ent-a's voluntary recalls whose plans regulator1 accepted (public): one to report on, one to summarize. */
    final String ongoingRecall;
    final String recallToSummarize;
    /** ent-a's voluntary recall, filed, for regulator1 to terminate. */
    final String recallToClose;
    /** In Nanjing: an open lead, an investigation, and the voluntary recall ent-b filed in it, all of ent-b. */
    final String nanjingLead;
    final String nanjingInvestigation;
    final String nanjingRecall;

    EdgeRecalls(Stack stack) {
        RecallFlow flow = new RecallFlow(stack);
        String ent = EdgeWorld.ENT_A;
        String hangzhou = EdgeWorld.HANGZHOU;
        leadToDismiss = flow.enterLead("regulator1", ent, hangzhou);
        leadToInvestigate = flow.enterLead("regulator1", ent, hangzhou);
        openInvestigation = flow.investigation("regulator1", ent, hangzhou);
        investigationToRecallIn = flow.investigation("regulator1", ent, hangzhou);
        objectedInvestigation = flow.investigation("regulator1", ent, hangzhou);
        flow.object("ent-a", objectedInvestigation);
        confirmedInvestigation = confirmed(flow);
        orderedRecall = flow.order("regulator1", confirmed(flow));
        submittedRecall = flow.file("ent-a", ent, null);
        ongoingRecall = accepted(flow, flow.file("ent-a", ent, null));
        recallToSummarize = accepted(flow, flow.file("ent-a", ent, null));
        recallToClose = flow.file("ent-a", ent, null);

        nanjingLead = flow.enterLead("regulator-cn", ENT_B, EdgeWorld.NANJING);
        nanjingInvestigation = flow.investigation("regulator-cn", ENT_B, EdgeWorld.NANJING);
        nanjingRecall = flow.file("ent-b", ENT_B, nanjingInvestigation);
    }

    /** An investigation of ent-a that ent-a objected to and regulator1 concluded: the defect is confirmed. */
    private static String confirmed(RecallFlow flow) {
        String investigation = flow.investigation("regulator1", EdgeWorld.ENT_A, EdgeWorld.HANGZHOU);
        flow.object("ent-a", investigation);
        flow.conclude("regulator1", investigation);
        return investigation;
    }

    private static String accepted(RecallFlow flow, String recall) {
        flow.accept("regulator1", recall);
        return recall;
    }
}
