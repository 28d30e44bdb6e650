package io.memberpulse.support.knowledge.control;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Sentence vectors from all-MiniLM-L6-v2 (quantised), run in-process by ONNX Runtime: offline, no model download,
 * about 3 ms a sentence on one core. The model is loaded once per JVM on first use (about half a second), not at
 * start-up. Vectors are unit length, so their dot product is the cosine similarity.
 */
@ApplicationScoped
public class Embedder {

    public static final int DIMENSIONS = 384;

    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    public float[] embed(String text) {
        float[] vector = Model.INSTANCE.embed(text == null || text.isBlank() ? "-" : text).content().vector();
        return normalised(vector);
    }

    public static double similarity(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    public static byte[] bytes(float[] vector) {
        ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        buffer.asFloatBuffer().put(vector);
        return buffer.array();
    }

    public static float[] vector(byte[] bytes) {
        float[] vector = new float[bytes.length / Float.BYTES];
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }

    private static float[] normalised(float[] vector) {
        double norm = Math.sqrt(similarity(vector, vector));
        if (norm == 0) {
            return vector;
        }
        float[] unit = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
            unit[i] = (float) (vector[i] / norm);
        }
        return unit;
    }
}
