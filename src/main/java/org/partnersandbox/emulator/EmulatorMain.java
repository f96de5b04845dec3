package org.partnersandbox.emulator;
public class EmulatorMain { public static void main(String[] a) {} }
