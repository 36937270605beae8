package org.symbolon.server.persistence;

class PlainDumpOnH2Test extends PlainDumpTest {
}
