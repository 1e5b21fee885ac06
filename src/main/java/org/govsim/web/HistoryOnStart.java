package org.govsim.web;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

import org.govsim.app.CaseLibrary;
import org.govsim.app.TimelineService;
import org.govsim.scenario.InputException;
import org.govsim.timeline.NameTakenException;

/** Each case of the library is ready to open: replayed and stored once, under its scenario's id, if not there yet. */
@Component
class HistoryOnStart implements ApplicationRunner {

    private final CaseLibrary library;
    private final TimelineService timelines;

    HistoryOnStart(CaseLibrary library, TimelineService timelines) {
        this.library = library;
        this.timelines = timelines;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CaseLibrary.Case c : library.contents().cases()) {
            if (timelines.find(c.id()).isEmpty()) {
                try {
                    timelines.replay(library.file(c.file()), c.id());
                } catch (NameTakenException | InputException e) {
                    // another instance on the same database stored it first (the same events, from the same seed)
                    if (timelines.find(c.id()).isEmpty()) {
                        throw e;
                    }
                }
            }
        }
    }
}
